/** The tag of the element that hosts the panel's shadow root (left out of test pages). */
export const PANEL_ELEMENT = 'touchline-panel';
