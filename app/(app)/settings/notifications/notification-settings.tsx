'use client';

import { PageHeader } from '../../../_components/page-header';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';
import { ChannelList } from './channel-list';
import { DeliveryList } from './delivery-list';
import { RuleList } from './rule-list';
import { useQuery } from '../../../_lib/use-query';
import { graphql } from '../../../_gql';

const channelsQuery = graphql(`
  query NotificationChannels {
    notificationChannels {
      id
      name
      kind
      enabled
      target
      hasSigningSecret
      email {
        host
        port
        security
        username
        hasPassword
        from
        to
        caCertificate
      }
    }
  }
`);

/** Settings → Notifications: channels (with Send test), rules, each with Edit and Delete, and the deliveries with the dead-letter list. */
export function NotificationSettings() {
  const { can } = useSession();
  const channels = useQuery(channelsQuery);
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <div className="space-y-10">
        <ChannelList state={channels} canEdit={can.administer} />
        <RuleList channels={channels.data?.notificationChannels ?? []} canEdit={can.administer} />
        <DeliveryList canRetry={can.administer} />
      </div>
    </>
  );
}
