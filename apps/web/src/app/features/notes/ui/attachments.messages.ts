import { defineMessages } from '../../../core/i18n/translate';

export const ATTACHMENT_MESSAGES = defineMessages({
  es: {
    title: 'Adjuntos',
    none: 'Sin adjuntos.',
    download: 'Descargar {name}',
    choose: 'Adjuntar un archivo',
    hint: 'PDF, imágenes (PNG, JPEG, GIF, WebP) o documentos de Office, hasta 20 MB.',
    uploading: 'Subiendo…',
    uploaded: '«{name}» adjuntado.',
    tooBig: '«{name}» pesa más de {max}.',
    remove: 'Quitar adjunto',
    removeTitle: '¿Quitar «{name}»?',
    removeMessage: 'El archivo se borrará y nadie podrá descargarlo.',
    removed: 'Adjunto quitado.',
  },
  en: {
    title: 'Attachments',
    none: 'No attachments.',
    download: 'Download {name}',
    choose: 'Attach a file',
    hint: 'PDF, images (PNG, JPEG, GIF, WebP) or Office documents, up to 20 MB.',
    uploading: 'Uploading…',
    uploaded: '"{name}" attached.',
    tooBig: '"{name}" is larger than {max}.',
    remove: 'Remove attachment',
    removeTitle: 'Remove "{name}"?',
    removeMessage: 'The file will be deleted and nobody will be able to download it.',
    removed: 'Attachment removed.',
  },
});
