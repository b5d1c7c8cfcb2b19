// The quick route for a fact file that is fine, which is nearly every file: js-yaml is about
// ten times faster than the positioned parser. Anything unusual (anchors, aliases, tags,
// merge keys, a YAML error) returns undefined and the file takes the positioned route,
// which reports problems at their line and column.
import { CORE_SCHEMA, load } from 'js-yaml';

/** Anchors, aliases, tags and merge keys: YAML features the quick route leaves to the positioned parser. */
const UNUSUAL = /(?:^|[\s,[{])[&*!][^\s,\]}]|<<\s*:/m;

export function quickYaml(text: string): unknown {
  if (UNUSUAL.test(text)) return undefined;
  try {
    // The JSON round trip leaves compact plain objects and flat strings: a third of the
    // memory of the parser's own objects, which matters with thousands of instruments.
    return JSON.parse(JSON.stringify(load(text, { schema: CORE_SCHEMA, json: false })) ?? 'null');
  } catch {
    return undefined;
  }
}
