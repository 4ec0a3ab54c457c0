import { defineMessages } from '../../../core/i18n/translate';

/** Words several screens of the library share: kinds, statuses, distributions. */
export const NOTES_UI_MESSAGES = defineMessages({
  es: {
    'kind.best_practice': 'Buena práctica',
    'kind.intelligence': 'Nota de inteligencia',
    'status.draft': 'Borrador',
    'status.shared': 'Compartida',
    'status.withdrawn': 'Retirada',
    'distribution.agency_only': 'Solo mi agencia',
    'distribution.sharing_group': 'Un grupo de intercambio',
    'distribution.all_agencies': 'Todas las agencias',
    public: 'Pública',
  },
  en: {
    'kind.best_practice': 'Best practice',
    'kind.intelligence': 'Intelligence note',
    'status.draft': 'Draft',
    'status.shared': 'Shared',
    'status.withdrawn': 'Withdrawn',
    'distribution.agency_only': 'My agency only',
    'distribution.sharing_group': 'A sharing group',
    'distribution.all_agencies': 'All agencies',
    public: 'Public',
  },
});
