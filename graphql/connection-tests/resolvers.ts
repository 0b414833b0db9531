import { hostKeyStatuses, type ConnectionCheck } from '../../db/connection-tests/check-connection.ts';
import { detectPlatform } from '../../db/connection-tests/detect-platform.ts';
import { testDeviceConnection } from '../../db/connection-tests/test-device-connection.ts';
import { hostKeyFingerprint } from '../../db/devices/host-key.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { checkedByVerb, withoutNulls } from '../input.ts';

/** The host key travels as its fingerprint only. */
function toConnectionTest({ hostKey, ...check }: ConnectionCheck & { configuredPlatform?: string | null }) {
  return { ...check, configuredPlatform: check.configuredPlatform ?? null, hostKeyFingerprint: hostKeyFingerprint(hostKey) };
}

export const connectionTestResolvers = {
  HostKeyStatus: graphqlEnum(hostKeyStatuses),
  Mutation: {
    testDeviceConnection: async (_, { id }, ctx) => toConnectionTest(await testDeviceConnection({ ctx, id })),
    detectPlatform: async (_, { input }, ctx) => toConnectionTest(await detectPlatform({ ctx, input: checkedByVerb(withoutNulls(input)) })),
  },
} satisfies Resolvers;
