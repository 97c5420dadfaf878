// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DateOrderChoice } from '../../../components/team/import/DateOrderChoice';

afterEach(cleanup);

describe('the numeric dates line of the import form', () => {
  it('says which order the first rows print while the whole file is still to be checked', () => {
    render(<DateOrderChoice status="unsettled" dayFirst={true} disabled={false} onChoose={() => undefined} />);
    expect(
      screen.getByText('The first rows print the day first: the whole file is checked when you import.'),
    ).toBeTruthy();
  });

  it('says the first rows settle nothing when they print no order', () => {
    render(<DateOrderChoice status="unsettled" dayFirst={undefined} disabled={false} onChoose={() => undefined} />);
    expect(screen.getByText('Not settled by the first rows: the whole file is checked when you import.')).toBeTruthy();
  });
});
