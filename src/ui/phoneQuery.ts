// The screens that get the phone layout: one view at a time under tabs, details in a bottom sheet.
// CSS repeats the width (styles.css, "phone layout"); keep the two in step.
export const PHONE_QUERY = '(max-width: 700px)';
/** Where graph and map sit in a scrolling page: one finger scrolls it, two move the view. */
export const SCROLLING_QUERY = '(min-width: 701px) and (max-width: 1279px)';

export const matches = (query: string): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** A media query to listen to, or null where there is none (jsdom). */
export const mediaQuery = (query: string): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null);
