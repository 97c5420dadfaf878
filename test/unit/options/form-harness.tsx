import { render, screen } from '@testing-library/preact';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { useSettings } from './use-settings-form';

function Harness() {
  const form = useSettings();
  return form ? <SettingsForm form={form} /> : null;
}

/** The settings form on the stored settings, once they are read. */
export async function renderForm() {
  const view = render(<Harness />);
  await screen.findByRole('heading', { name: 'Your selling' });
  return view;
}

export const control = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

/** The text of the elements a control's aria-describedby names. */
export function description(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
