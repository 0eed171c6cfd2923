/** The Markdown that describes handshake types and states. */
import type { HandshakeState, HandshakeType } from '../model/types';
import { code, link, paragraphs } from './markdown';

const TYPES: Readonly<Record<HandshakeType, string>> = {
  INVITE: 'An invitation from the management account for an account to join the organization. While enabling all features is under way, no new invitations can be sent.',
  ENABLE_ALL_FEATURES:
    "The management account's own handshake for enabling all features: it finalizes the move once the member accounts have agreed. Never sent to a member account.",
  APPROVE_ALL_FEATURES:
    'Sent to every invited account when enabling all features starts: its administrator must accept it (`organizations:AcceptHandshake`, plus `iam:CreateServiceLinkedRole` when the Organizations role was deleted). Created accounts do not receive it.',
  ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE:
    "Sent to a created account whose `AWSServiceRoleForOrganizations` was deleted, while all features are being enabled: accepting it re-creates the role, which needs both `organizations:AcceptHandshake` and `iam:CreateServiceLinkedRole`.",
  TRANSFER_RESPONSIBILITY: 'A request to transfer billing responsibility (billing transfer) between organizations. It plays no part in enabling all features.',
};

const STATES: Readonly<Record<HandshakeState, string>> = {
  REQUESTED: 'Being sent to its recipients; waiting for an answer (open).',
  OPEN: 'Sent and waiting for an answer (open). The request to enable all features expires after 90 days.',
  CANCELED: 'Withdrawn by the sender before it was answered (final).',
  ACCEPTED: 'Accepted by the recipient (final). An accepted approval means the account has agreed to all features.',
  DECLINED: 'Declined by the recipient (final).',
  EXPIRED: 'Not answered in time (final).',
};

const HANDSHAKE_DOCS = 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_Handshake.html';

export function handshakeTypeMarkdown(type: HandshakeType): string {
  return paragraphs(`**${code(type)}** · handshake type`, TYPES[type], link('Handshakes in the AWS Organizations API reference', HANDSHAKE_DOCS));
}

export function handshakeStateMarkdown(state: HandshakeState): string {
  return paragraphs(`**${code(state)}** · handshake state`, STATES[state], link('Handshakes in the AWS Organizations API reference', HANDSHAKE_DOCS));
}
