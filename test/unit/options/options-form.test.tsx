// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { DEFAULT_CADENCES } from '../../../lib/schema/settings';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';
import { useSettings } from './use-settings-form';

function Harness({ owners }: { owners?: string[] }) {
  const form = useSettings();
  return form ? <SettingsForm form={form} owners={owners} /> : null;
}

async function renderForm(owners?: string[]) {
  const view = render(<Harness owners={owners} />);
  await screen.findByRole('heading', { name: 'Your selling' });
  return view;
}

const control = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;

/** The text of the elements a control's aria-describedby names. */
function description(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the options form', () => {
  it('shows the stored settings in the controls the contract names', async () => {
    await updateSettings({ motion: 'smb', followUpDays: 21 });
    await renderForm();
    expect(control('motion').value).toBe('smb');
    expect(control('followUpDays').value).toBe('21');
    expect(control('watchFactor').value).toBe('1.5');
    expect(control('stalledFactor').value).toBe('2');
    expect(control('defaultStageDays').value).toBe('14');
    expect((control('countAutomated') as HTMLInputElement).checked).toBe(true);
    expect(control('timeZone').value).toBe((await loadSettings()).timeZone);
  });

  it('saves a valid change at once and says "Saved" beside it', async () => {
    await renderForm();
    fireEvent.change(control('motion'), { target: { value: 'enterprise' } });
    await waitFor(async () => expect((await loadSettings()).motion).toBe('enterprise'));
    await waitFor(() => expect(description(control('motion'))).toContain('Saved'));
  });

  it.each([
    ['followUpDays', '0'],
    ['followUpDays', '2.5'],
    ['followUpDays', ''],
    ['defaultStageDays', '-4'],
    ['watchFactor', '1'],
    ['retentionDays', '10'],
  ])('refuses %s = "%s": an error beside the field, nothing saved', async (name, typed) => {
    const before = await loadSettings();
    await renderForm();
    fireEvent.change(control(name), { target: { value: typed } });
    await waitFor(() => expect(control(name).getAttribute('aria-invalid')).toBe('true'));
    expect(description(control(name))).not.toBe('');
    expect(description(control(name))).not.toContain('Saved');
    expect(await loadSettings()).toEqual(before);
    expect(control(name).value).toBe(typed);
  });

  it('keeps activities for the days chosen', async () => {
    await renderForm();
    expect(control('retentionDays').value).toBe('400');
    fireEvent.change(control('retentionDays'), { target: { value: '90' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(90));
  });

  it('files a rule across fields under the field it names: stalled must stay above watch', async () => {
    await renderForm();
    fireEvent.change(control('watchFactor'), { target: { value: '2.5' } });
    await waitFor(() => expect(description(control('stalledFactor'))).toMatch(/more than watch/));
    expect((await loadSettings()).watchFactor).toBe(1.5);
    fireEvent.change(control('stalledFactor'), { target: { value: '3' } });
    await waitFor(async () => expect(await loadSettings()).toMatchObject({ stalledFactor: 3 }));
    fireEvent.change(control('watchFactor'), { target: { value: '2.5' } });
    await waitFor(async () => expect(await loadSettings()).toMatchObject({ watchFactor: 2.5, stalledFactor: 3 }));
  });

  it('refuses a time zone the browser does not know', async () => {
    await renderForm();
    const zone = (await loadSettings()).timeZone;
    fireEvent.change(control('timeZone'), { target: { value: 'Europe/Atlantis' } });
    await waitFor(() => expect(description(control('timeZone'))).toMatch(/not a time zone/));
    expect((await loadSettings()).timeZone).toBe(zone);
    fireEvent.change(control('timeZone'), { target: { value: 'Asia/Tokyo' } });
    await waitFor(async () => expect((await loadSettings()).timeZone).toBe('Asia/Tokyo'));
  });

  it('saves your name in each CRM, trimmed, and a blank one as not set', async () => {
    await renderForm();
    fireEvent.change(control('yourName-salesforce'), { target: { value: '  Alex Morgan ' } });
    await waitFor(async () => expect((await loadSettings()).yourNames).toEqual({ salesforce: 'Alex Morgan' }));
    await waitFor(() => expect(description(control('yourName-salesforce'))).toContain('Saved'));
    expect(control('yourName-salesforce').value).toBe('Alex Morgan');
    fireEvent.change(control('yourName-pipedrive'), { target: { value: 'Alex M.' } });
    await waitFor(async () =>
      expect((await loadSettings()).yourNames).toEqual({ salesforce: 'Alex Morgan', pipedrive: 'Alex M.' }),
    );
    fireEvent.change(control('yourName-salesforce'), { target: { value: ' ' } });
    await waitFor(async () => expect((await loadSettings()).yourNames.salesforce).toBe(''));
  });

  it('offers the owners stored activities name as the spellings to pick your name from', async () => {
    await renderForm(['Alex Morgan', 'Casey Nguyen']);
    const field = control('yourName-hubspot') as HTMLInputElement;
    const list = document.getElementById(field.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual([
      'Alex Morgan',
      'Casey Nguyen',
    ]);
    expect(description(field)).toContain('exactly as the CRM shows it');
  });

  it('saves a band per motion, and refuses a top below the bottom', async () => {
    await renderForm();
    fireEvent.change(control('bands.enterprise.high'), { target: { value: '30' } });
    await waitFor(async () => expect((await loadSettings()).bands.enterprise).toEqual({ low: 12, high: 30 }));
    fireEvent.change(control('bands.smb.high'), { target: { value: '4' } });
    await waitFor(() => expect(description(control('bands.smb.high'))).toMatch(/top is below the bottom/));
    expect((await loadSettings()).bands.smb).toEqual({ low: 6, high: 10 });
  });

  it('puts a label on every control', async () => {
    const { container } = await renderForm();
    const controls = container.querySelectorAll<HTMLInputElement>('input, select, button');
    expect(controls.length).toBeGreaterThan(20);
    for (const element of controls) {
      const named =
        (element.labels?.length ?? 0) > 0 || element.getAttribute('aria-label') || element.textContent?.trim();
      expect(named, element.outerHTML).toBeTruthy();
    }
  });

  it('follows settings saved elsewhere (a panel’s period switch, another tab)', async () => {
    await renderForm();
    await updateSettings({ motion: 'inbound', followUpDays: 9 });
    await waitFor(() => expect(control('motion').value).toBe('inbound'));
    await waitFor(() => expect(control('followUpDays').value).toBe('9'));
  });
});

describe('the cadence editor', () => {
  const midMarket = () => loadSettings().then((s) => s.cadences['mid-market']);

  it('edits the chosen motion’s steps: add, move, remove, reset', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    await waitFor(async () => expect(await midMarket()).toHaveLength(7));
    expect((await midMarket()).at(-1)).toEqual({ day: 16, channel: 'email' });

    fireEvent.click(screen.getByRole('button', { name: "Move step 2's call earlier" }));
    await waitFor(async () =>
      expect((await midMarket()).slice(0, 2)).toEqual([
        { day: 0, channel: 'call' },
        { day: 2, channel: 'email' },
      ]),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Remove step 7' }));
    await waitFor(async () => expect(await midMarket()).toHaveLength(6));

    fireEvent.click(screen.getByRole('button', { name: 'Reset to the defaults' }));
    await waitFor(async () => expect(await midMarket()).toEqual(DEFAULT_CADENCES['mid-market']));
  });

  it('saves a step’s day and channel, and refuses a day before the step above it', async () => {
    await renderForm();
    fireEvent.change(control('cadences.mid-market.1.day'), { target: { value: '3' } });
    fireEvent.change(control('cadences.mid-market.1.channel'), { target: { value: 'sms' } });
    await waitFor(async () => expect((await midMarket())[1]).toEqual({ day: 3, channel: 'sms' }));

    fireEvent.change(control('cadences.mid-market.3.day'), { target: { value: '1' } });
    await waitFor(() => expect(description(control('cadences.mid-market.3.day'))).toMatch(/on or after/));
    expect((await midMarket())[3]).toEqual({ day: 7, channel: 'call' });
  });

  it('edits another motion’s cadence without changing the user’s motion', async () => {
    await renderForm();
    fireEvent.change(screen.getByLabelText('Cadence of'), { target: { value: 'smb' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove step 6' }));
    const settings = await waitFor(async () => {
      const s = await loadSettings();
      expect(s.cadences.smb).toHaveLength(5);
      return s;
    });
    expect(settings.motion).toBe('mid-market');
    expect(settings.cadences['mid-market']).toEqual(DEFAULT_CADENCES['mid-market']);
  });
});
