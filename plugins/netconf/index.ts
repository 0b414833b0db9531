/** The backup methods that collect over NETCONF. */
import type { BackupMethod } from '../types.ts';
import { genericNetconf } from './generic-netconf.ts';
import { juniperJunosNetconf } from './juniper-junos-netconf.ts';
import { nokiaSrosMdNetconf } from './nokia-sros-md-netconf.ts';

export const netconfMethods: readonly BackupMethod[] = [juniperJunosNetconf, nokiaSrosMdNetconf, genericNetconf];
