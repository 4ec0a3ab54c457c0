// Limits of the user forms. The server checks the same; these give the message before a round trip.
export const DISPLAY_NAME_MAX = 120;
export const EMAIL_MAX = 254;
