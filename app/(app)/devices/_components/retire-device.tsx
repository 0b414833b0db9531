'use client';

import { useState } from 'react';
import { Button } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { graphql } from '../../../_gql';
import { request } from '../../../_lib/graphql';

const retireMutation = graphql(`
  mutation RetireDevice($id: ID!) {
    retireDevice(id: $id) {
      id
      retiredAt
    }
  }
`);

const restoreMutation = graphql(`
  mutation RestoreDevice($id: ID!) {
    restoreDevice(id: $id) {
      id
      retiredAt
    }
  }
`);

/** Retire (files out of the repository's current files, history kept) or restore a device; admins only. */
export function RetireDeviceButton({ device, onChanged }: { device: { id: string; name: string; retiredAt?: unknown }; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (device.retiredAt) {
    return (
      <>
        <Button onClick={() => setConfirming(true)}>Restore</Button>
        <ConfirmDialog
          open={confirming}
          title="Restore device"
          message={`Put ${device.name}'s latest versions back into the repository's current files and include it in runs again?`}
          confirmLabel="Restore"
          danger={false}
          onConfirm={async () => {
            await request(restoreMutation, { id: device.id });
            onChanged();
          }}
          onClose={() => setConfirming(false)}
        />
      </>
    );
  }
  return (
    <>
      <Button variant="ghostDanger" onClick={() => setConfirming(true)}>
        Retire
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Retire device"
        message={`Leave ${device.name} out of every run and take its files out of the repository's current files? Its backups and history stay, and Restore puts it back.`}
        confirmLabel="Retire"
        onConfirm={async () => {
          await request(retireMutation, { id: device.id });
          onChanged();
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
