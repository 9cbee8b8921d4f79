/** Raised by every calculator for input it cannot honour; `field` names the input property, `message` is zh-TW. */
export class InputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.field = field;
  }
}
