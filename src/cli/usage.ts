/** A mistake in how finsam was called: reported with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
