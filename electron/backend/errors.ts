/**
 * An error whose message is written for the user: dispatch passes it through as is.
 * Any other thrown error is logged and replaced by a general message.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
