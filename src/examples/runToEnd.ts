/** Runs a sliced computation (a generator that yields between slices) at once, to its result: how the build and the lessons use one. */
export function runToEnd<T>(slices: Generator<unknown, T>): T {
  let step = slices.next();
  while (!step.done) step = slices.next();
  return step.value;
}
