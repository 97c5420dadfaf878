import type { LocaleWords } from './schema';

export const en: LocaleWords = {
  types: {
    call: ['call', 'calls', 'phone call', 'logged call'],
    email: ['email', 'emails', 'e-mail', 'mail'],
    meeting: ['meeting', 'meetings', 'event', 'appointment', 'lunch'],
    note: ['note', 'notes', 'comment'],
    task: ['task', 'tasks', 'to-do', 'deadline'],
    sms: ['sms', 'text message'],
    social: ['linkedin', 'inmail', 'social', 'twitter', 'facebook', 'whatsapp'],
  },
  direction: {
    sent: ['sent', 'outgoing', 'outbound'],
    received: ['received', 'incoming', 'inbound'],
    from: ['from'],
    to: ['to'],
  },
  planned: ['upcoming', 'overdue', 'planned', 'scheduled', 'due', 'open'],
  done: ['done', 'completed', 'complete', 'had', 'logged', 'held', 'finished'],
  outcomes: {
    connected: ['connected', 'answered', 'reached'],
    'no-answer': ['no answer', 'not answered', 'unanswered', 'missed'],
    voicemail: ['left voicemail', 'voicemail', 'left message', 'left live message'],
    busy: ['busy', 'line busy'],
  },
  outOfOffice: [
    'out of office',
    'out of the office',
    'automatic reply',
    'auto-reply',
    'autoreply',
    'on vacation',
    'on leave',
    'away from the office',
  ],
};
