<?xml version="1.0"?>
<opnsense>
  <theme>opnsense</theme>
  <sysctl version="1.0.1" persisted_at="1732356000.00">
    <item>
      <descr>Increase UFS read-ahead speeds to match the state of hard drives and NCQ.</descr>
      <tunable>vfs.read_max</tunable>
      <value>default</value>
    </item>
  </sysctl>
  <system>
    <optimization>normal</optimization>
    <hostname>{{hostname}}</hostname>
    <domain>lab.example.net</domain>
    <group>
      <name>admins</name>
      <description>System Administrators</description>
      <scope>system</scope>
      <gid>1999</gid>
      <member>0</member>
      <priv>page-all</priv>
    </group>
    <user>
      <name>root</name>
      <descr>System Administrator</descr>
      <scope>system</scope>
      <groupname>admins</groupname>
      <password>$2y$11$LabOpnRootHashAbcdefghijklmnopqrstuvwxyz0123456789ABCDE</password>
      <uid>0</uid>
      <apikeys>
        <item>
          <key>LabOpnApiKeyInConfig0123456789abcdef</key>
          <secret>$6$LabOpnApiSecretHash$abcdefghijklmnopqrstuvwxyz</secret>
        </item>
      </apikeys>
    </user>
    <nextuid>2000</nextuid>
    <nextgid>2000</nextgid>
    <timezone>Etc/UTC</timezone>
    <timeservers>0.opnsense.pool.ntp.org 1.opnsense.pool.ntp.org</timeservers>
    <webgui>
      <protocol>https</protocol>
      <ssl-certref>6741a2b3c4d5e</ssl-certref>
    </webgui>
    <ssh>
      <group>admins</group>
      <enabled>enabled</enabled>
    </ssh>
    <dnsserver>10.{{net}}.0.53</dnsserver>
  </system>
  <interfaces>
    <wan>
      <enable>1</enable>
      <if>vtnet0</if>
      <ipaddr>dhcp</ipaddr>
      <blockpriv>1</blockpriv>
      <blockbogons>1</blockbogons>
    </wan>
    <lan>
      <enable>1</enable>
      <if>vtnet1</if>
      <ipaddr>10.{{net}}.1.1</ipaddr>
      <subnet>24</subnet>
      <descr>LAN revision {{revision}}</descr>
    </lan>
  </interfaces>
  <snmpd>
    <syslocation>lab rack {{index}}</syslocation>
    <rocommunity>Lab-Opn-Snmp-Community</rocommunity>
  </snmpd>
  <ipsec>
    <phase1>
      <ikeid>1</ikeid>
      <iketype>ikev2</iketype>
      <remote-gateway>192.0.2.{{index}}</remote-gateway>
      <authentication_method>pre_shared_key</authentication_method>
      <pre-shared-key>LabOpnIkePsk0123</pre-shared-key>
    </phase1>
  </ipsec>
  <filter>
{{#repeat 3}}
    <rule>
      <type>pass</type>
      <interface>lan</interface>
      <ipprotocol>inet</ipprotocol>
      <descr>Allow LAN segment {{i}}</descr>
      <source>
        <network>lan</network>
      </source>
      <destination>
        <any/>
      </destination>
    </rule>
{{/repeat}}
  </filter>
  <revision>
    <username>root@10.{{net}}.1.10</username>
    <time>173235{{revision}}00.0000</time>
    <description>/api/core/backup/download/this made changes</description>
  </revision>
</opnsense>
