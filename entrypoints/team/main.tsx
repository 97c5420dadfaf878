import { render } from 'preact';
import { TeamPage } from '../../components/team/TeamPage';
import { openTouchlineDb } from '../../lib/db/open';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import '../../components/team/team.css';

/**
 * The managers' view over the whole cache: an extension page, so it opens the IndexedDB cache
 * itself (the extension's origin) instead of asking the background for every figure.
 */
render(
  <TeamPage
    openDb={() => openTouchlineDb()}
    loadSettings={loadSettings}
    watchSettings={watchSettings}
    now={() => new Date()}
  />,
  document.getElementById('team') as HTMLElement,
);
