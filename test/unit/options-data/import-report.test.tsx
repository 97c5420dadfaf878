// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportReport } from '../../../components/options/data/ImportReport';

afterEach(cleanup);

const report = { added: 3, existing: 2, updated: 0, expired: 0, settingsRestored: false };

describe('the backup import report', () => {
  it('says how many logged touches an undo left out', () => {
    render(<ImportReport report={{ ...report, undone: 1 }} />);

    expect(screen.getByRole('status').textContent).toContain('1 logged touch left out because it was undone');
    expect(screen.getByRole('status').getAttribute('data-undone')).toBe('1');
  });

  it('says nothing of undone touches when there were none', () => {
    render(<ImportReport report={{ ...report, undone: 0 }} />);

    expect(screen.getByRole('status').textContent).not.toContain('undone');
  });
});
