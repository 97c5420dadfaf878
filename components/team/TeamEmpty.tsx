/** No data in the cache yet: how to get some. */
export function TeamEmpty() {
  return (
    <section class="tl-team-empty" data-team-view="empty" aria-labelledby="tl-empty-title">
      <h2 id="tl-empty-title">No data yet</h2>
      <p>Touchline has not read any CRM records in this browser. To fill the team view:</p>
      <ul>
        <li>
          open contact and deal records in HubSpot, Salesforce or Pipedrive: the panel reads each page and keeps what it
          sees here;
        </li>
        <li>or import your CRM's activity export (a CSV file) above, to cover the whole team at once.</li>
      </ul>
    </section>
  );
}
