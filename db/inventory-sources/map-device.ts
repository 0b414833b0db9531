import type { InventoryDevice } from '../../inventory/types.ts';
import { deviceFields, normalizeLocation } from '../devices/device-input.ts';
import { isValidHost } from '../devices/host-name.ts';
import { MAX_VARIABLE_VALUE_LENGTH, sortedVariables, type DeviceVariables } from '../devices/device-variables.ts';
import { mapPlatform } from './platform-map.ts';
import type { InventorySource } from './schema.ts';
import type { ConflictCode } from './types.ts';

/** A source device as a device of ours, or the reason it cannot be one. */
export interface MappedDevice {
  sourceDeviceId: string;
  name: string;
  host: string | null;
  port: number | null;
  backupMethod: string | null;
  platform: string | null;
  location: string;
  tags: string[];
  model: string | null;
  variables: DeviceVariables;
  credentialSetId: string | null;
  problemCode: ConflictCode | null;
  problem: string | null;
}

export type MappingSettings = Pick<
  InventorySource,
  'platformMap' | 'locationField' | 'tagFields' | 'portField' | 'variableFields' | 'credentialSetField' | 'credentialSetId'
>;

/** Characters a location part or a tag may not hold become "-"; nothing else is changed. */
const locationPart = (value: string) => value.trim().replace(/[^A-Za-z0-9._ -]+/g, '-');
const tagValue = (value: string) =>
  value
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .slice(0, 64);

function customFieldText(device: InventoryDevice, field: string): string | null {
  const value = device.customFields[field];
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object' && value !== null && 'name' in value) return String((value as { name: unknown }).name);
  return String(value);
}

/** Control characters become spaces; values are cut to the length a variable holds. */
const variableText = (value: string) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_VARIABLE_VALUE_LENGTH).trim();

/** Each named custom field with a value becomes the variable of its name; an empty one sets none. */
function variablesOf(device: InventoryDevice, fields: readonly string[]): DeviceVariables {
  const variables: DeviceVariables = {};
  // variableFields holds names a variable may have (source-input.ts), none of them "__proto__".
  for (const field of fields) {
    const value = device.customFields[field];
    const text = Array.isArray(value)
      ? value.filter((item) => item !== null && item !== undefined && typeof item !== 'object').join(',')
      : customFieldText(device, field);
    if (text) variables[field] = variableText(text);
  }
  return sortedVariables(variables);
}

function tagsOf(device: InventoryDevice, fields: string[]): string[] {
  const tags: string[] = [];
  for (const field of fields) {
    if (field === 'tags') tags.push(...device.tags);
    else if (field === 'role' || field === 'status' || field === 'tenant') {
      const value = device[field];
      if (value) tags.push(`${field}:${value}`);
    } else if (field.startsWith('cf:')) {
      const name = field.slice(3);
      const value = device.customFields[name];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && item !== undefined && item !== '' && typeof item !== 'object') tags.push(`${name}:${String(item)}`);
      }
    }
  }
  return [...new Set(tags.map(tagValue).filter(Boolean))];
}

/**
 * Maps one source device. A device without a primary IP, with an unmapped platform, or with a
 * value ours cannot hold is reported with its reason, never guessed.
 */
export function mapInventoryDevice(device: InventoryDevice, settings: MappingSettings, credentialSetIds: ReadonlyMap<string, string>): MappedDevice {
  const mapped: MappedDevice = {
    sourceDeviceId: device.sourceId,
    name: device.name,
    host: device.primaryIp,
    port: 22,
    backupMethod: mapPlatform(device.platform, settings.platformMap),
    platform: device.platform,
    location: '',
    tags: tagsOf(device, settings.tagFields),
    model: device.model?.trim().slice(0, 100).trim() || null,
    variables: variablesOf(device, settings.variableFields),
    credentialSetId: settings.credentialSetId,
    problemCode: null,
    problem: null,
  };
  const fail = (code: ConflictCode, problem: string): MappedDevice => ({ ...mapped, problemCode: code, problem });

  const locationText = settings.locationField ? (customFieldText(device, settings.locationField) ?? '') : device.locationPath.map(locationPart).join('/');
  mapped.location = normalizeLocation(settings.locationField ? locationText.split('/').map(locationPart).join('/') : locationText).slice(0, 512);

  if (!deviceFields.name.safeParse(device.name).success) {
    return fail('INVALID_NAME', `"${device.name}" is not a valid device name (letters, digits and . _ - only, starting with a letter or digit)`);
  }
  if (!device.primaryIp) return fail('NO_PRIMARY_IP', 'has no primary IP address');
  if (!isValidHost(device.primaryIp)) return fail('INVALID_HOST', `primary IP "${device.primaryIp}" is not an address`);
  if (!mapped.backupMethod) {
    return fail('UNMAPPED_PLATFORM', device.platform ? `platform "${device.platform}" maps to no backup method` : 'has no platform');
  }
  if (settings.portField) {
    const text = customFieldText(device, settings.portField);
    if (text !== null) {
      const port = Number(text);
      if (!Number.isInteger(port) || port < 1 || port > 65535) return fail('INVALID_PORT', `custom field ${settings.portField} = "${text}" is not a port`);
      mapped.port = port;
    }
  }
  if (settings.credentialSetField) {
    const name = customFieldText(device, settings.credentialSetField);
    if (name !== null) {
      const id = credentialSetIds.get(name);
      if (!id) return fail('UNKNOWN_CREDENTIAL_SET', `custom field ${settings.credentialSetField} names credential set "${name}", which does not exist`);
      mapped.credentialSetId = id;
    }
  }
  return mapped;
}
