/**
 * What every navigation feature starts with: the open manifest and its cached check, using the
 * same settings as diagnostics so both share one check of the text (the service caches by text and
 * settings). Documents that are not manifests get nothing.
 */
import type { CheckedDocument } from '../service';
import type { FeatureContext } from './types';

export async function checkedManifest(context: FeatureContext, uri: string): Promise<CheckedDocument | undefined> {
  if (!context.documents.get(uri)) return undefined;
  const settings = await context.settingsFor(uri);
  // Read the document after waiting: an edit may have arrived meanwhile, and the answer is for the newest text.
  const document = context.documents.get(uri);
  if (!document || !context.isManifest(document)) return undefined;
  return { document, result: context.service.check(document, settings) };
}
