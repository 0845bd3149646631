// Starts the design system's components; every page works without this (progressive enhancement).
import { initAll } from '/assets/nhsuk/nhsuk-frontend.min.js';

initAll();
