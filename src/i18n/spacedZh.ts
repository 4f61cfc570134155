const han = /\p{Script=Han}/u;
const latin = /[A-Za-z0-9]/;

/** One space where a Han character meets a Latin letter or digit: "权重" + "3x4" -> "权重 3x4". */
function join(left: string, right: string): string {
  const a = left.at(-1) ?? "";
  const b = right[0] ?? "";
  return (han.test(a) && latin.test(b)) || (latin.test(a) && han.test(b)) ? `${left} ${right}` : left + right;
}

/**
 * A template tag for Chinese sentences with values in them: where a value meets the sentence, Chinese
 * and Latin letters or digits are parted by one space, as Chinese technical writing spaces them,
 * whether the value (a lesson's label, a name, a number) is Chinese or not.
 *   spacedZh`${"dV"}是${3}` -> "dV 是 3";  spacedZh`${"权重"}是${3}` -> "权重是 3"
 */
export function spacedZh(strings: TemplateStringsArray, ...values: unknown[]): string {
  return values.reduce<string>((out, value, i) => join(join(out, String(value)), strings[i + 1]), strings[0]);
}
