/**
 * The findings that say a limit was reached. They are ORG001 ("the file cannot be read as a
 * manifest"), but informational: the file is not wrong, the checker chose not to read all of it.
 * SPEC fixes the rule codes, and ORG001 is the one about reading the file; docs/rules/ORG001.md
 * explains the choice. Each says which limit, which setting raises it, and what still works.
 */
import type { Finding } from '../findings';
import type { Span } from '../text/span';
import type { Incomplete, IncompleteReason, Limits } from './limits';

export interface LimitNotice {
  readonly finding: Finding;
  readonly incomplete: Incomplete;
}

const START: Span = { start: 0, end: 0 };

function notice(reason: IncompleteReason, span: Span, message: string): LimitNotice {
  return { finding: { code: 'ORG001', span, message, severity: 'information' }, incomplete: { reason, message } };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function fileTooLarge(limits: Limits): LimitNotice {
  return notice(
    'fileSize',
    START,
    `This file is not checked: it is larger than ${count(limits.maxFileSize)} bytes (the \`orgManifest.maxFileSize\` setting), and reading it on every change would slow the editor down. Split the manifest, or raise the setting.`,
  );
}

export function lineTooLong(start: number, length: number, limits: Limits): LimitNotice {
  return notice(
    'lineLength',
    { start, end: start },
    `This file is not checked: this line is ${count(length)} characters long, more than ${count(limits.maxLineLength)} (the \`orgManifest.maxLineLength\` setting). A manifest this wide is probably generated or not a manifest; break the line up, or raise the setting.`,
  );
}

export function nestedTooDeep(offset: number, limits: Limits): LimitNotice {
  return notice(
    'nestingDepth',
    { start: offset, end: offset },
    `This file is not checked: its collections nest more than ${count(limits.maxNestingDepth)} levels deep here (the \`orgManifest.maxNestingDepth\` setting). A manifest needs about ten; flatten the structure, or raise the setting.`,
  );
}

/** `phase` completes "…the check stopped while …", e.g. "reading the file". */
export function cutShort(phase: string, limits: Limits): LimitNotice {
  return notice(
    'timeBudget',
    START,
    `The check was cut short: it took longer than ${count(limits.validationTimeBudget)} ms (the \`orgManifest.validationTimeBudget\` setting) and stopped while ${phase}. The findings shown are those found so far; others may be missing. Split the manifest, or raise the setting.`,
  );
}
