import { defineMessages } from '../../../core/i18n/translate';

/**
 * What each TLP 2.0 marking allows, in the words of FIRST's definitions (Spanish after FIRST's
 * own translation). Keys are the markings themselves.
 */
export const TLP_MESSAGES = defineMessages({
  es: {
    CLEAR: 'Divulgación sin límite: quien la recibe puede difundirla al mundo, respetando los derechos de autor.',
    GREEN:
      'Divulgación limitada: quien la recibe puede compartirla dentro de su comunidad, pero no por canales públicos.',
    AMBER:
      'Divulgación limitada: quien la recibe solo puede compartirla, según la necesidad de conocer, dentro de su organización y con sus clientes.',
    'AMBER+STRICT':
      'Divulgación limitada: quien la recibe solo puede compartirla, según la necesidad de conocer, dentro de su propia organización.',
    RED: 'Solo para los ojos y oídos de los destinatarios nombrados: no se puede divulgar a nadie más.',
  },
  en: {
    CLEAR: 'Disclosure is not limited: recipients may spread this to the world, subject to copyright.',
    GREEN: 'Limited disclosure: recipients may share this within their community, but not via public channels.',
    AMBER:
      'Limited disclosure: recipients may share this only on a need-to-know basis within their organisation and its clients.',
    'AMBER+STRICT':
      'Limited disclosure: recipients may share this only on a need-to-know basis within their own organisation.',
    RED: 'For the eyes and ears of the named recipients only: no further disclosure.',
  },
});
