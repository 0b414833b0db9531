import { remoteFileMethod } from './remote-file-method.ts';

export const sftpFile = remoteFileMethod({
  key: 'sftp-file',
  transport: 'sftp',
  friendlyName: 'Files over SFTP',
  description: 'Downloads the configured remote paths over SFTP (firmware images, archives); options { paths }.',
  download: (session, remotePath, sink, options) => session.downloadSftp(remotePath, sink, options),
});
