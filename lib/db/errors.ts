export type ErrorKind = 'invalid' | 'storage' | 'not-found';

/** What was being attempted, so the sentence shown to the user says it. */
export type StorageAction = 'save' | 'read' | 'open';

/** A failure the user is told about, in a sentence a sales user can act on. */
export class TouchlineError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TouchlineError';
  }
}

const OPENINGS: Record<StorageAction, string> = {
  save: 'Touchline could not save',
  read: 'Touchline could not read its saved data',
  open: 'Touchline could not open its saved data',
};

const REASONS: Record<string, string> = {
  QuotaExceededError:
    "the browser's storage for extensions is full. Free some disk space or remove old Touchline data, then reload the page.",
  VersionError: 'it was saved by a newer version of Touchline. Update the extension, then reload the page.',
  InvalidStateError: 'the browser closed its connection to the data. Reload the page to try again.',
  TransactionInactiveError: 'the browser closed its connection to the data. Reload the page to try again.',
  AbortError: 'the browser cancelled the operation, and nothing was half-saved. Reload the page to try again.',
  UnknownError:
    'the browser reported a problem with its storage (the disk may be full or damaged). Restart the browser and try again.',
  DataCloneError: 'some of the data could not be stored. Reload the page to try again.',
};

const FALLBACK = 'the browser reported an unexpected storage problem. Reload the page to try again.';

/** Turns an IndexedDB failure (a DOMException, usually) into the typed error the panel shows. */
export function storageError(error: unknown, action: StorageAction): TouchlineError {
  if (error instanceof TouchlineError) return error;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const reason = (typeof name === 'string' && REASONS[name]) || FALLBACK;
  return new TouchlineError('storage', `${OPENINGS[action]}: ${reason}`, { cause: error });
}

export function notFound(message: string): TouchlineError {
  return new TouchlineError('not-found', message);
}

export function invalid(message: string): TouchlineError {
  return new TouchlineError('invalid', message);
}
