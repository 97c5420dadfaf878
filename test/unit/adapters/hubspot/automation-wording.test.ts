import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';

const contactNames = ['Jordan Lee'];

describe('an email counted as sent by a sequence or workflow (metrics.md: automated = sent by a sequence tool)', () => {
  it('is a sequence email when HubSpot says so in the header', () => {
    expect(classifyActivity('Sequence email sent by Alex Morgan').automated).toBe(true);
  });

  it('is a sequence email when its text carries a "Sequence:" tag', () => {
    const c = classifyActivity('Email', {
      description: 'Sequence: Q4 outreach · from Alex Morgan to Jordan Lee',
      contactNames,
    });
    expect(c.automated).toBe(true);
  });

  it("is the rep's own email when only its subject mentions a workflow", () => {
    expect(classifyActivity('Email - Re: workflow question').automated).toBe(false);
  });

  it("is the rep's own email when only its body mentions a sequence", () => {
    const c = classifyActivity('Email', {
      description: 'from Alex Morgan to Jordan Lee Hi Jordan, the approval sequence we built cuts a day',
      contactNames,
    });
    expect(c).toMatchObject({ direction: 'outbound', automated: false });
  });

  it("is a contact's reply, never automated, when the reply talks about their workflow", () => {
    const c = classifyActivity('Email reply from Jordan Lee', {
      description: 'Our automated workflow needs this before Friday',
      contactNames,
    });
    expect(c).toMatchObject({ type: 'email', direction: 'inbound', automated: false });
  });
});

describe('a header whose subject comes first ("<subject> - Email")', () => {
  it('reads automation from the part naming the type, not from the subject', () => {
    expect(classifyActivity('Re: workflow question - Email').automated).toBe(false);
  });

  it('still reads a sequence named in the part naming the type', () => {
    expect(classifyActivity('Route pricing v2 - Sequence email').automated).toBe(true);
  });
});
