import { remoteFileMethod } from './remote-file-method.ts';

export const sftpFile = remoteFileMethod({
  key: 'sftp-file',
  transport: 'sftp',
  friendlyName: 'Files over SFTP',
  description: 'Downloads the configured remote paths over SFTP (firmware images, archives); options { paths }.',
  download: (session, remotePath, localPath, options) => session.downloadSftp(remotePath, localPath, options),
});
