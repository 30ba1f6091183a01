// Typed errors thrown by domain and store code. Only src/cli/ turns them into a message and an exit code.

/** Exit codes (docs/design.md, "Errors and exit codes"): 1 bad input or refused action, 2 usage, 3 store problem. */
export type ExitCode = 1 | 2 | 3;

export class XinfangError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input or a refused action (exit 1). */
export class InputError extends XinfangError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** The command line itself is wrong (exit 2). */
export class UsageError extends XinfangError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** The store is missing, locked, corrupt or unwritable (exit 3). */
export class StoreError extends XinfangError {
  constructor(message: string) {
    super(message, 3);
  }
}
