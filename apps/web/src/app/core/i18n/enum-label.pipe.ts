import { inject, Pipe, PipeTransform } from '@angular/core';
import type {
  AgencyKind,
  MembershipRole,
  PlatformRole,
} from '@cumbre/contracts';
import { COMMON } from './common.messages';
import { I18n } from './i18n.service';

type Group = 'kind' | 'role' | 'platform';
type ValueOf<G extends Group> = G extends 'kind'
  ? AgencyKind
  : G extends 'role'
    ? MembershipRole
    : PlatformRole;

/** `{{ agency.kind | enumLabel: 'kind' }}` -> "Regional". Impure: follows the language switch. */
@Pipe({ name: 'enumLabel', pure: false })
export class EnumLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform<G extends Group>(value: ValueOf<G>, group: G): string {
    const key = `${group}.${value}` as keyof (typeof COMMON)['es'];
    return COMMON[this.i18n.lang()][key] ?? value;
  }
}
