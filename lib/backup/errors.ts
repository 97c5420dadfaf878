/** A backup file Touchline will not use, with the sentence the options page shows; nothing was changed. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
