/** The lab's file side: a read-only SFTP server and the source side of scp. */
import ssh2 from 'ssh2';
import type { ServerChannel, SFTPWrapper } from 'ssh2';

// ssh2 is CommonJS; Node cannot name its exports statically.
const { utils } = ssh2;

const { STATUS_CODE } = utils.sftp;
const normalize = (path: string) => path.replace(/^\/+/, '');

export function serveSftp(sftp: SFTPWrapper, files: Map<string, Buffer>): void {
  const handles = new Map<number, Buffer>();
  let nextHandle = 0;
  const handleFor = (raw: Buffer) => handles.get(raw.readUInt32BE(0));
  const attrsOf = (file: Buffer) => ({ mode: 0o100644, uid: 0, gid: 0, size: file.length, atime: 0, mtime: 0 });

  sftp.on('OPEN', (reqid, filename) => {
    const file = files.get(normalize(filename));
    if (!file) return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE);
    const handle = Buffer.alloc(4);
    handle.writeUInt32BE(nextHandle, 0);
    handles.set(nextHandle++, file);
    sftp.handle(reqid, handle);
  });
  sftp.on('READ', (reqid, handle, offset, length) => {
    const file = handleFor(handle);
    if (!file) return sftp.status(reqid, STATUS_CODE.FAILURE);
    if (offset >= file.length) return sftp.status(reqid, STATUS_CODE.EOF);
    sftp.data(reqid, file.subarray(offset, Math.min(file.length, offset + length)));
  });
  sftp.on('FSTAT', (reqid, handle) => {
    const file = handleFor(handle);
    if (!file) return sftp.status(reqid, STATUS_CODE.FAILURE);
    sftp.attrs(reqid, attrsOf(file));
  });
  const stat = (reqid: number, path: string) => {
    const file = files.get(normalize(path));
    if (!file) return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE);
    sftp.attrs(reqid, attrsOf(file));
  };
  sftp.on('STAT', stat);
  sftp.on('LSTAT', stat);
  sftp.on('CLOSE', (reqid, handle) => {
    handles.delete(handle.readUInt32BE(0));
    sftp.status(reqid, STATUS_CODE.OK);
  });
  sftp.on('REMOVE', (reqid, path) => {
    sftp.status(reqid, files.delete(normalize(path)) ? STATUS_CODE.OK : STATUS_CODE.NO_SUCH_FILE);
  });
  sftp.on('REALPATH', (reqid, path) => {
    const name = `/${normalize(path === '.' ? '' : path)}`;
    sftp.name(reqid, [{ filename: name, longname: name, attrs: { mode: 0o40755, uid: 0, gid: 0, size: 0, atime: 0, mtime: 0 } }]);
  });
}

const scpSourcePath = /^scp -f (?:-- )?'?(.*?)'?$/;

/** Answers `scp -f <path>` like OpenSSH's scp: header, body, status byte. */
export function serveScpSource(stream: ServerChannel, files: Map<string, Buffer>, command: string): void {
  const path = (scpSourcePath.exec(command)?.[1] ?? '').replace(/'\\''/g, "'");
  const file = files.get(normalize(path));
  let acknowledgements = 0;
  stream.on('data', (chunk: Buffer) => {
    for (const byte of chunk) {
      if (byte !== 0) continue;
      acknowledgements++;
      if (acknowledgements === 1) {
        if (!file) {
          stream.write(`\x01scp: ${path}: No such file or directory\n`);
          stream.exit(1);
          stream.end();
          return;
        }
        stream.write(`C0644 ${file.length} ${path.split('/').pop()}\n`);
      } else if (acknowledgements === 2) {
        stream.write(file);
        stream.write(Buffer.from([0]));
      } else {
        stream.exit(0);
        stream.end();
      }
    }
  });
}
