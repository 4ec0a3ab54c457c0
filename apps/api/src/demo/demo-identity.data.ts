// The demo organisation chart. Real institutions; every person is FICTIONAL (invented names,
// none of them a real official). Nothing here is loaded unless DEMO_DATA is on.
import type { AgencyKind, MembershipRole, PlatformRole, TlpLevel } from '@cumbre/contracts';

/** The one password of every demo account. Printed by `npm start`; never use it elsewhere. */
export const DEMO_PASSWORD = 'Cumbre-Demo-2026!';

export interface DemoAgency {
  /** Natural key of the demo row (unique in `organization.short_name`). */
  shortName: string;
  name: string;
  kind: AgencyKind;
  isoCode: string | null;
  /** Short name of the parent; parents come earlier in the list. */
  parent?: string;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { shortName: 'PCM', name: 'Presidencia del Consejo de Ministros', kind: 'national', isoCode: null },
  { shortName: 'ANGR', name: 'Asamblea Nacional de Gobiernos Regionales', kind: 'national', isoCode: null },
  { shortName: 'GR Tumbes', name: 'Gobierno Regional de Tumbes', kind: 'regional', isoCode: 'PE-TUM' },
  { shortName: 'GR Piura', name: 'Gobierno Regional de Piura', kind: 'regional', isoCode: 'PE-PIU' },
  { shortName: 'GR Cajamarca', name: 'Gobierno Regional de Cajamarca', kind: 'regional', isoCode: 'PE-CAJ' },
  { shortName: 'GR Lambayeque', name: 'Gobierno Regional de Lambayeque', kind: 'regional', isoCode: 'PE-LAM' },
  { shortName: 'GR La Libertad', name: 'Gobierno Regional de La Libertad', kind: 'regional', isoCode: 'PE-LAL' },
  { shortName: 'GR Áncash', name: 'Gobierno Regional de Áncash', kind: 'regional', isoCode: 'PE-ANC' },
  {
    shortName: 'CORESEC Piura',
    name: 'Comité Regional de Seguridad Ciudadana de Piura',
    kind: 'other',
    isoCode: null,
    parent: 'GR Piura',
  },
  { shortName: 'RegPol Piura', name: 'Región Policial Piura', kind: 'police', isoCode: null },
  { shortName: 'DF Piura', name: 'Distrito Fiscal de Piura', kind: 'prosecutor', isoCode: null },
  { shortName: 'MP Piura', name: 'Municipalidad Provincial de Piura', kind: 'local', isoCode: null },
];

/** The eight invitees of the 5 December summit. */
export const MACRO_REGION_NORTE = [
  'PCM',
  'ANGR',
  'GR Tumbes',
  'GR Piura',
  'GR Cajamarca',
  'GR Lambayeque',
  'GR La Libertad',
  'GR Áncash',
] as const;

export interface DemoSharingGroup {
  /** Natural key (unique in `sharing_group.name`). */
  name: string;
  description: string;
  members: readonly string[];
}

export const DEMO_SHARING_GROUPS: readonly DemoSharingGroup[] = [
  {
    name: 'Macro-región Norte',
    description:
      'Gobiernos regionales del norte del Perú, la PCM y la ANGR: coordinación de la cumbre de seguridad del 5 de diciembre.',
    members: MACRO_REGION_NORTE,
  },
  {
    name: 'Seguridad Ciudadana Piura',
    description:
      'Instituciones de Piura que comparten información sobre extorsión, secuestro y delitos en la vía pública.',
    members: ['GR Piura', 'CORESEC Piura', 'RegPol Piura', 'DF Piura', 'MP Piura'],
  },
];

export interface DemoUser {
  /** Natural key (unique in `app_user.email`); lower case. */
  email: string;
  displayName: string;
  platformRoles: PlatformRole[];
  memberships: { agency: string; role: MembershipRole; clearance: TlpLevel }[];
  /** What the account is for, as `npm start` prints it. */
  description: string;
}

/** A person with one membership: e-mail, name, agency (short name), what the account is for. */
type Member = readonly [email: string, displayName: string, agency: string, description: string];

/** The DemoUser of a Member row, with its one membership's role and clearance. */
const member = (
  role: MembershipRole,
  clearance: TlpLevel,
  [email, displayName, agency, description]: Member,
): DemoUser => ({
  email,
  displayName,
  platformRoles: [],
  memberships: [{ agency, role, clearance }],
  description,
});

const LEADERS: readonly Member[] = [
  [
    'presidencia.pcm@cumbre.demo',
    'Ricardo Valdivia Torrealva',
    'PCM',
    'Despacho del Presidente del Consejo de Ministros (convocante)',
  ],
  ['presidencia.angr@cumbre.demo', 'Walter Ñique Campos', 'ANGR', 'Presidente de la ANGR'],
  ['presidencia.tumbes@cumbre.demo', 'Julio Cárdenas Olaya', 'GR Tumbes', 'Gobernador regional de Tumbes'],
  ['presidencia.piura@cumbre.demo', 'Marisol Chunga Purizaca', 'GR Piura', 'Gobernadora regional de Piura (sede)'],
  ['presidencia.cajamarca@cumbre.demo', 'Teodoro Bazán Llanos', 'GR Cajamarca', 'Gobernador regional de Cajamarca'],
  [
    'presidencia.lambayeque@cumbre.demo',
    'Carmen Vílchez Santisteban',
    'GR Lambayeque',
    'Gobernadora regional de Lambayeque',
  ],
  [
    'presidencia.lalibertad@cumbre.demo',
    'Óscar Alvarado Benites',
    'GR La Libertad',
    'Gobernador regional de La Libertad',
  ],
  ['presidencia.ancash@cumbre.demo', 'Elena Maguiña Vargas', 'GR Áncash', 'Gobernadora regional de Áncash'],
];

const STAFF: readonly Member[] = [
  ['staff.pcm@cumbre.demo', 'Miguel Rojas Lévano', 'PCM', 'Personal de la PCM'],
  ['staff.piura@cumbre.demo', 'Andrea Zapata Ruesta', 'GR Piura', 'Personal del Gobierno Regional de Piura'],
  [
    'staff.lalibertad@cumbre.demo',
    'Luis Gamarra Cueva',
    'GR La Libertad',
    'Personal del Gobierno Regional de La Libertad',
  ],
];

/** Intelligence analysts, each with the clearance of their one membership. */
const ANALYSTS: readonly (readonly [TlpLevel, ...Member])[] = [
  [
    'AMBER',
    'analista.lalibertad@cumbre.demo',
    'Patricia Gamboa Rebaza',
    'GR La Libertad',
    'Analista de inteligencia, La Libertad (autorización TLP:AMBER)',
  ],
  // Knowledge notes (issue #10): analysts at every clearance, and one agency outside the
  // Macro-región Norte group, so that each persona sees a different library.
  [
    'RED',
    'analista.piura@cumbre.demo',
    'Rocío Seminario Castro',
    'GR Piura',
    'Analista de inteligencia, Piura (autorización TLP:RED)',
  ],
  [
    'RED',
    'analista.lambayeque@cumbre.demo',
    'Hugo Fiestas Ñañez',
    'GR Lambayeque',
    'Analista de inteligencia, Lambayeque (autorización TLP:RED)',
  ],
  [
    'AMBER',
    'analista.regpol@cumbre.demo',
    'Kevin Ruiz Chávez',
    'RegPol Piura',
    'Analista de la Región Policial Piura (fuera del grupo Macro-región Norte; TLP:AMBER)',
  ],
];

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@cumbre.demo',
    displayName: 'Rosa Huamaní Villegas',
    platformRoles: ['admin'],
    memberships: [],
    description: 'Administradora de la plataforma (agencias, usuarios, grupos)',
  },
  {
    email: 'moderador@cumbre.demo',
    displayName: 'Diego Salazar Rivas',
    platformRoles: ['moderator'],
    memberships: [{ agency: 'PCM', role: 'staff', clearance: 'GREEN' }],
    description: 'Moderador y oficial de comunicaciones (PCM)',
  },
  ...LEADERS.map((m) => member('leader', 'AMBER', m)),
  ...STAFF.map((m) => member('staff', 'GREEN', m)),
  ...ANALYSTS.map(([clearance, ...m]) => member('analyst', clearance, m)),
  {
    email: 'enlace.norte@cumbre.demo',
    displayName: 'Jorge Inga Saavedra',
    platformRoles: [],
    memberships: [
      { agency: 'GR Lambayeque', role: 'staff', clearance: 'GREEN' },
      { agency: 'ANGR', role: 'analyst', clearance: 'AMBER' },
    ],
    description: 'Enlace con dos agencias (GR Lambayeque y ANGR): prueba el selector de agencia',
  },
];

export interface DemoAccount {
  email: string;
  description: string;
}

/** The sign-ins `npm start` prints, all with DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = DEMO_USERS.map((u) => ({
  email: u.email,
  description: u.description,
}));
