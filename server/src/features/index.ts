/** Every LSP feature the server offers, in registration order. */
import { diagnosticsFeature } from './diagnostics';
import type { ServerFeature } from './types';

export const FEATURES: readonly ServerFeature[] = [diagnosticsFeature];
