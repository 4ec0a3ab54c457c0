import { Pipe, type PipeTransform } from '@angular/core';
import type { NoteDistribution, NoteKind, NoteStatus } from '@cumbre/contracts';
import { GroupLabelPipe } from '../../../core/i18n/group-label.pipe';
import { NOTES_UI_MESSAGES } from './notes-ui.messages';

type NoteEnums = {
  kind: NoteKind;
  status: NoteStatus;
  distribution: NoteDistribution;
};

/** `{{ note.kind | noteLabel: 'kind' }}` → "Buena práctica". Impure: follows the language switch. */
@Pipe({ name: 'noteLabel', pure: false })
export class NoteLabelPipe extends GroupLabelPipe<NoteEnums> implements PipeTransform {
  protected readonly messages = NOTES_UI_MESSAGES;
}
