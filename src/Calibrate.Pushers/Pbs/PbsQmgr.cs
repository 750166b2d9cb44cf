namespace Calibrate.Pushers.Pbs;

/// <summary>Whether `push pbs` also records the node's HS06 on the server through qmgr, and how.</summary>
public enum PbsQmgr
{
    /// <summary>The mom's multipliers only (the default: qmgr needs manager rights on pbs_server).</summary>
    None,

    /// <summary>Torque: a node property hs06_&lt;HS06 per CPU&gt; (e.g. hs06_21_6), the previous one removed; jobs select it with -l nodes=1:hs06_21_6.</summary>
    Property,

    /// <summary>PBS Professional/OpenPBS: resources_available.hs06 = the node's HS06 (a float resource the site created with `create resource hs06 type=float,flag=h`).</summary>
    Resource,
}
