/**
 * Writes one `orgManifest.rules.<code>` setting per rule into package.json, from the rule registry
 * (the one source of the codes, titles and default severities). Run after adding a rule:
 *   npx tsx scripts/update-package-settings.ts
 * test/unit/registry.test.ts fails when package.json is out of step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSettingsContribution } from './ruleSettings';

const file = join(__dirname, '..', 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const configuration = pkg.contributes.configuration;
const rulesSection = configuration.find((section: { id?: string }) => section.id === 'orgManifest.rules');
rulesSection.properties = ruleSettingsContribution();
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`Wrote ${Object.keys(rulesSection.properties).length} rule settings to package.json`);
