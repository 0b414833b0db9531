/** The backup methods that collect over NETCONF. */
import type { TextBackupMethod } from '../platform.ts';
import { genericNetconf } from './generic-netconf.ts';
import { juniperJunosNetconf } from './juniper-junos-netconf.ts';
import { nokiaSrosMdNetconf } from './nokia-sros-md-netconf.ts';

export const netconfMethods: readonly TextBackupMethod[] = [juniperJunosNetconf, nokiaSrosMdNetconf, genericNetconf];
