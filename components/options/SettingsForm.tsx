import { CadenceSection } from './CadenceSection';
import { DealsSection } from './DealsSection';
import { RetentionSection } from './RetentionSection';
import { SellingSection } from './SellingSection';
import type { SettingsFormState } from './use-settings';
import { YourNamesSection } from './YourNamesSection';

/** The settings sections; each field saves itself once valid. */
export function SettingsForm({ form, owners = [] }: { form: SettingsFormState; owners?: string[] }) {
  return (
    <>
      <SellingSection form={form} />
      <CadenceSection form={form} />
      <DealsSection form={form} />
      <YourNamesSection form={form} owners={owners} />
      <RetentionSection form={form} />
    </>
  );
}
