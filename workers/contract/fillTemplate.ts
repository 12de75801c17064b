/**
 * `{name}` placeholders filled from params (unknown ones stay visible): the English sentences of
 * the refusals (benchmarkOutputErrors.ts, commandLine/usageErrors.ts) are templates with their
 * figures as parameters, so the app can word the same refusal from its own dictionaries.
 */
export function fillTemplate(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? params[name] : whole,
  );
}
