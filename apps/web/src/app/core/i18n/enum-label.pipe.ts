import { Pipe, type PipeTransform } from '@angular/core';
import type { AgencyKind, MembershipRole, PlatformRole } from '@cumbre/contracts';
import { COMMON } from './common.messages';
import { GroupLabelPipe } from './group-label.pipe';

/** `{{ agency.kind | enumLabel: 'kind' }}` -> "Regional". Impure: follows the language switch. */
@Pipe({ name: 'enumLabel', pure: false })
export class EnumLabelPipe
  extends GroupLabelPipe<{
    kind: AgencyKind;
    role: MembershipRole;
    platform: PlatformRole;
  }>
  implements PipeTransform
{
  protected readonly messages = COMMON;
}
