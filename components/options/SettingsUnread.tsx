/** Said instead of the settings form when the browser cannot read the stored settings. */
export function SettingsUnread({ reason }: { reason: string }) {
  return (
    <div class="tl-opt-section" role="alert">
      <p class="tl-opt-error">Your settings could not be read{reason ? ` (${reason})` : ''}.</p>
      <p class="tl-opt-hint">
        Reload this page. If it keeps happening, the browser's storage for extensions may be full or turned off: free
        some space or allow site data, then reload.
      </p>
    </div>
  );
}
