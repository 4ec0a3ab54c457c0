import { defineMessages } from '../i18n/translate';

/** The Markdown field's own words (core/forms/markdown-field.ts). */
export const MARKDOWN_MESSAGES = defineMessages({
  es: {
    modes: 'Escribir o ver la vista previa de «{field}»',
    write: 'Escribir',
    preview: 'Vista previa',
    previewEmpty: 'Aún no hay nada que mostrar.',
    markdownHint: 'Markdown: **negrita**, *cursiva*, listas con «-», enlaces [texto](https://…).',
  },
  en: {
    modes: 'Write or preview “{field}”',
    write: 'Write',
    preview: 'Preview',
    previewEmpty: 'Nothing to show yet.',
    markdownHint: 'Markdown: **bold**, *italic*, lists with "-", links [text](https://…).',
  },
});
