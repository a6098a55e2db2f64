/** The strict page loads the same host script (see embed-host.ts). */
import './embed-host.ts';
