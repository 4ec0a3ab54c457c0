import type { ErrorCode } from '@cumbre/contracts';

type Codes = Record<Extract<ErrorCode, `${'user' | 'membership' | 'agency' | 'sharing_group'}.${string}`>, string>;

/** Users, memberships, agencies and sharing groups (the admin and directory screens). */
export const IDENTITY_ERRORS_ES: Codes = {
  'user.not_found': 'No se encontró la persona.',
  'user.cannot_disable_self': 'No puedes desactivar tu propia cuenta.',
  'user.cannot_drop_own_admin': 'No puedes quitarte el rol de administración.',
  'membership.not_found': 'No se encontró la membresía.',
  'agency.not_found': 'No se encontró la agencia.',
  'agency.unknown': 'La agencia no existe.',
  'agency.own_parent': 'Una agencia no puede depender de sí misma.',
  'agency.parent_cycle': 'La agencia elegida depende de esta (se formaría un ciclo).',
  'agency.members_only': 'Solo los miembros de la agencia pueden ver a sus miembros.',
  'sharing_group.not_found': 'No se encontró el grupo de intercambio.',
  'sharing_group.unknown': 'El grupo de intercambio no existe.',
};

export const IDENTITY_ERRORS_EN: Codes = {
  'user.not_found': 'The person was not found.',
  'user.cannot_disable_self': 'You cannot disable your own account.',
  'user.cannot_drop_own_admin': 'You cannot remove your own admin role.',
  'membership.not_found': 'The membership was not found.',
  'agency.not_found': 'The agency was not found.',
  'agency.unknown': 'The agency does not exist.',
  'agency.own_parent': 'An agency cannot depend on itself.',
  'agency.parent_cycle': 'The chosen agency depends on this one (that would make a cycle).',
  'agency.members_only': 'Only the agency’s members may see its members.',
  'sharing_group.not_found': 'The sharing group was not found.',
  'sharing_group.unknown': 'The sharing group does not exist.',
};
