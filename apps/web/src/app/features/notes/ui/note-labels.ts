import { inject, Pipe, PipeTransform } from '@angular/core';
import type { NoteDistribution, NoteKind, NoteStatus } from '@cumbre/contracts';
import { I18n } from '../../../core/i18n/i18n.service';
import { NOTES_UI_MESSAGES } from './notes-ui.messages';

type Group = 'kind' | 'status' | 'distribution';
type ValueOf<G extends Group> = G extends 'kind'
  ? NoteKind
  : G extends 'status'
    ? NoteStatus
    : NoteDistribution;

/** `{{ note.kind | noteLabel: 'kind' }}` → "Buena práctica". Impure: follows the language switch. */
@Pipe({ name: 'noteLabel', pure: false })
export class NoteLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform<G extends Group>(value: ValueOf<G>, group: G): string {
    const key = `${group}.${value}` as keyof (typeof NOTES_UI_MESSAGES)['es'];
    return NOTES_UI_MESSAGES[this.i18n.lang()][key] ?? value;
  }
}
