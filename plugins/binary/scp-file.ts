import { remoteFileMethod } from './remote-file-method.ts';

export const scpFile = remoteFileMethod({
  key: 'scp-file',
  transport: 'scp',
  friendlyName: 'Files over SCP',
  description: 'Downloads the configured remote paths with scp, for devices without SFTP; options { paths }.',
  download: (session, remotePath, sink, options) => session.downloadScp(remotePath, sink, options),
});
