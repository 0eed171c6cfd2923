/** Rule documentation pages (docs/rules/ORGnnn.md), by code. Provided by scripts/build.mjs at bundle time. */
declare module 'virtual:rule-docs' {
  const docs: Readonly<Record<string, string>>;
  export default docs;
}
