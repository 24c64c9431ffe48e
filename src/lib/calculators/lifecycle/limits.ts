/** How many states a chain on the page may have, and how long a state's name may be. */
export const MIN_STATES = 2;
export const MAX_STATES_UI = 12;
export const MAX_NAME_LENGTH = 40;
